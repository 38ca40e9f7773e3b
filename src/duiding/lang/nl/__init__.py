"""Dutch (and Flemish) language data. Data only: no logic lives here."""
