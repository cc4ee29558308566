the_password= "pt7C_52HvcG5N6kAUn3HH%bco!HegK"
