"""Plans: generating a person's plan with the training engine and keeping their plans."""
