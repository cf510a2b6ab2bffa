"""The athlete's numbers: estimated maxes and the arithmetic around them."""
