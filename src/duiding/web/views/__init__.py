"""Each page's data (its "view"): one plain dict, rendered as HTML or given as the JSON twin."""
