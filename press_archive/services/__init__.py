"""Services: what the office does with its archive. The GUI and the CLI both call these, nothing else."""
