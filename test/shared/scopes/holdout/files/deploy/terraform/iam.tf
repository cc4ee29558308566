data "aws_iam_policy_document" "reporter" {
  statement {
    actions   = ["dynamodb:Query", "dynamodb:PutItem"]
    resources = [aws_dynamodb_table.reports.arn]
  }
}

resource "google_project_iam_member" "reporter_bq" {
  project = var.project_id
  role    = "roles/bigquery.dataViewer"
  member  = "serviceAccount:${google_service_account.reporter.email}"
}

resource "azurerm_role_assignment" "reporter_blob" {
  scope                = azurerm_storage_account.reports.id
  role_definition_name = "Storage Blob Data Reader"
  principal_id         = azurerm_user_assigned_identity.reporter.principal_id
}
