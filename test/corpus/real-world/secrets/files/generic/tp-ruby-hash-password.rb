  :password       => 'az7Tu_OzAuZB',
