"""press_archive: the desktop archive of a city press office."""

__version__ = "0.1.0"
