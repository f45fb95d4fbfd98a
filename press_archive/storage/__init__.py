"""Storage: the SQLite archive (source of truth). Every SQL statement of the project lives here."""
