IAMUserChangePassword = "arn:aws:iam::aws:policy/IAMUserChangePassword"
