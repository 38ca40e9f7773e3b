"""Language data, one data-only package per language (`nl` first)."""
