# A small web server image: examples/web.json as an HCL2 directory template.
source "alicloud-ecs" "web" {
  access_key                  = var.access_key
  secret_key                  = var.secret_key
  region                      = var.region
  instance_type               = var.instance_type
  source_image                = "ubuntu_22_04_x64_20G_alibase_20240220.vhd"
  image_name                  = "web-${var.app_version}-${formatdate("YYYYMMDDhhmmss", timestamp())}"
  image_description           = "web server, app ${var.app_version}"
  ssh_username                = "root"
  ssh_port                    = var.ssh_port
  associate_public_ip_address = true
  internet_charge_type        = "PayByTraffic"
  internet_max_bandwidth_out  = 5

  system_disk_mapping {
    disk_category = "cloud_essd"
    disk_size     = 20
  }

  tags = {
    app     = "web"
    version = var.app_version
  }
}

build {
  sources = ["source.alicloud-ecs.web"]

  provisioner "file" {
    source      = "${path.root}/../scripts/index.html"
    destination = "/tmp/index.html"
  }

  provisioner "shell" {
    environment_vars = ["APP_VERSION=${var.app_version}"]
    script           = "${path.root}/../scripts/install-web.sh"
  }

  post-processor "manifest" {
    output     = "packer-manifest.json"
    strip_path = true
  }
}
