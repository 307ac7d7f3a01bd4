variable "region" {
  type    = string
  default = "cn-hangzhou"
}

variable "instance_type" {
  type    = string
  default = "ecs.g7.large"
}

variable "app_version" {
  type    = string
  default = "dev"
}

variable "ssh_port" {
  type    = number
  default = 22
}

variable "access_key" {
  type    = string
  default = env("ALICLOUD_ACCESS_KEY")
}

variable "secret_key" {
  type      = string
  default   = env("ALICLOUD_SECRET_KEY")
  sensitive = true
}
