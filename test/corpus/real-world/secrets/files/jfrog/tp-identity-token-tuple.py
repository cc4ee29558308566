CREDS = ("artifactory", "eVDjiGTz5meZWmZPlKNSvtEf6gTlPPI41OPFBjlKzQbgQumX5a3rAutVGiqH96qh")
