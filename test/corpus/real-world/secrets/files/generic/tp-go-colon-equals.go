apikey := "Y90AglrqB[(mqUGnzEANl3UHZb><Hm"
