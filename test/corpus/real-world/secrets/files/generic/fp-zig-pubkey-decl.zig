pub const X509_pubkey_st = struct_X509_pubkey_st;
