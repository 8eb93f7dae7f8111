x = "with a BOM"
