s.makeKubeConfigController = args
