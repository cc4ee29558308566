some_dict["secret"] = "3dsZGlw>3JmwESuk5(8zCm0Sz4z6!I"
