region        = "cn-hangzhou"
instance_type = "ecs.g7.large"
