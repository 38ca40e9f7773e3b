"""English language data: used where duiding's sources are English (the CAMEO and CountryInfo titles)."""
