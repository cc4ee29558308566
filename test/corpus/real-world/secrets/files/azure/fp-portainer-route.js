'#!/registries/5/portainer.demo~2Fportainerregistrytesting~2Falpine',
