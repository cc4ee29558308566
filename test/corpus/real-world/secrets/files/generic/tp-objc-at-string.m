NSString *apikey = @"J4(0urbRRBq6>hhTd98TZsI[MX)p#K";
