beta => {
  host     => 'foo.example.com',
  user     => 'joe',
  password => 'Marlin&Copper6910',
}
