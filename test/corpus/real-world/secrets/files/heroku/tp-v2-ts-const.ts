const KEY = "HRKU-AAYSTOh5qsnScHB1b0r2CdpAHrVlr4Y_3JnlW75OxafW8RW4aRhvwzqv_YWf";
