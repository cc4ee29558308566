this.ultraPictureBox1.Name = "ultraPictureBox1";
