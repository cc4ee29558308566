var t = s.AcceptanceTimeoutSeconds ;
