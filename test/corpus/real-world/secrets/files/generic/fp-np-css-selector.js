this.addPassword = "#add-password";
