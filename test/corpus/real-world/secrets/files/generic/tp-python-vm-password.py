params = {
    'cluster_name': 'sfrp-cli-01',
    'vm_password': "E37WL.RYV-t@",
}
