"""Reports: counts by period turned into what managers read (PDF, XLSX, CSV, a written summary)."""
