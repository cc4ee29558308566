adoConn.Open("Provider=SQLOLEDB.1;User ID=specialbill_user; " & "Password =3eg9Opg_NWLbtk;Initial Catalog=SpecialBill_PROD;Data Source=uszdba01;")
