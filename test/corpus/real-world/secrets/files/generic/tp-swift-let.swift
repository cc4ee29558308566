let apiToken = "SdFDlewqFCRH25XYjU4O7un1Vt4Ei6L5"
