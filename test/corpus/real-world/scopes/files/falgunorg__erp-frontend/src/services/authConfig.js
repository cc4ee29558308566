// authConfig.js
export const loginRequest = {
  scopes: [
    "User.Read",
    "Mail.Read",
    "Mail.Send",
    "Contacts.Read",
    "Contacts.ReadWrite",
  ],
};


