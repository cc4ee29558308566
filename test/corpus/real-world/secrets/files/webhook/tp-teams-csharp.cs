var webhookUrl = "https://acme.webhook.office.com/webhookb2/f834efd4-7130-449e-b2e7-b2fd0782a92f@3f26874d-cef4-415e-b9c7-7efd1b7c1af0/IncomingWebhook/e666949e40d607d4f76859d45ff46237/103061ae-203f-4f39-86d9-d152992ce45d";
var client = new HttpClient();
