	doc.Security.KeySize = PdfEncryptionKeySize.Key128Bit;
