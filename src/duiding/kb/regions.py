"""UN M.49 codes of the world regions that the country data names (mledoze `region` and
`subregion`). Reference data for the build: a continent has no ISO 3166 country code, and
M.49 is the standard that codes countries and areas alike. Regions M.49 does not define
(`Central Europe`, `Southeast Europe` in mledoze's scheme) get none."""

from __future__ import annotations

M49: dict[str, str] = {
    "Africa": "002",
    "Americas": "019",
    "Asia": "142",
    "Europe": "150",
    "Oceania": "009",
    "Northern Africa": "015",
    "Eastern Africa": "014",
    "Middle Africa": "017",
    "Southern Africa": "018",
    "Western Africa": "011",
    "Caribbean": "029",
    "Central America": "013",
    "South America": "005",
    "North America": "021",
    "Central Asia": "143",
    "Eastern Asia": "030",
    "South-Eastern Asia": "035",
    "Southern Asia": "034",
    "Western Asia": "145",
    "Eastern Europe": "151",
    "Northern Europe": "154",
    "Southern Europe": "039",
    "Western Europe": "155",
    "Australia and New Zealand": "053",
    "Melanesia": "054",
    "Micronesia": "057",
    "Polynesia": "061",
}
