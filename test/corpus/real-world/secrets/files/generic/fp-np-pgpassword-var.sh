export PGPASSWORD="$gdcapi_db_password"
