// Orders with their customer and tag details, through addons that read the row being output.
query "orders" verb=GET {
  api_group = "shop"
  input {
    text status?
    int[] tag_ids?
  }

  stack {
    db.query "order" {
      where = $db.order.status ==? $input.status
      sort = {created_at: "desc"}
      return = {type: "list"}
      addon = [
        {
          name  : "customer_of_order"
          input : {customer_id: $output.customer_id}
          as    : "customer"
        }
        {
          name  : "tag_by_id"
          input : {tag_id: $output.$this}
          as    : "tags"
        }
      ]
    } as $orders

    db.query "order" {
      where = $db.order.total > 100
      sort = {order.total: "desc"}
      return = {type: "list", paging: {page: 1, per_page: 5}}
    } as $biggest

    var $client { value = $env.$http_headers["X-Client"] }
    var $region { value = $env.workspace.region }

    api.request {
      description = "Today's exchange rates"
      url = "https://rates.example.com/v1/latest"
      method = "GET"
      mock = {
        "lists orders with rates": {response: {status: 200, result: {usd: 1}}}
      }
    } as $rates
  }

  response = {orders: $orders, biggest: $biggest, client: $client, region: $region, rates: $rates.response.result}
}
