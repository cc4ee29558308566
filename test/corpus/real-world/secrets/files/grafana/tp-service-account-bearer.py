headers = {'Authorization': 'Bearer glsa_O5maA92PqJ3AS6We9r9eOKS11JiGi8Zv_a7a5e1a3'}
