private const string DevCertPfxPassword = "RVSSVcAtah3QirjM";
