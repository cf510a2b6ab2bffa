"""The numbers a person states about their fitness, merged with those their goals name."""
