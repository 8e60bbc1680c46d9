function "Workers/Archive Report to S3" {
  input {
    file report
    text key
  }
  stack {
    cloud.aws.s3.upload_file {
      bucket = "v2-validation-reports"
      region = "us-east-1"
      key = $env.AWS_ACCESS_KEY
      secret = $env.AWS_SECRET_KEY
      file_key = $input.key
      file = $input.report
    }
    cloud.aws.s3.sign_url {
      bucket = "v2-validation-reports"
      region = "us-east-1"
      key = $env.AWS_ACCESS_KEY
      secret = $env.AWS_SECRET_KEY
      file_key = $input.key
      ttl = 3600
    } as $signed
    cloud.aws.s3.list_directory {
      bucket = "v2-validation-reports"
      region = "us-east-1"
      key = $env.AWS_ACCESS_KEY
      secret = $env.AWS_SECRET_KEY
      prefix = "2026/"
    } as $listing
  }
  response = {url: $signed, count: $listing|count}
}
