.class final Lcom/example/zoo/pay/CheckoutActivity$AlipayTask;
.super Ljava/lang/Object;
.source "CheckoutActivity.java"
.implements Ljava/lang/Runnable;
.field private final activity:Landroid/app/Activity;
.field private final order:Ljava/lang/String;
.method constructor <init>(Landroid/app/Activity;Ljava/lang/String;)V
    .registers 3
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lcom/example/zoo/pay/CheckoutActivity$AlipayTask;->activity:Landroid/app/Activity;
    iput-object p2, p0, Lcom/example/zoo/pay/CheckoutActivity$AlipayTask;->order:Ljava/lang/String;
    return-void
.end method
.method public run()V
    .registers 4
    new-instance v0, Lcom/alipay/sdk/app/PayTask;
    iget-object v1, p0, Lcom/example/zoo/pay/CheckoutActivity$AlipayTask;->activity:Landroid/app/Activity;
    invoke-direct {v0, v1}, Lcom/alipay/sdk/app/PayTask;-><init>(Landroid/app/Activity;)V
    iget-object v1, p0, Lcom/example/zoo/pay/CheckoutActivity$AlipayTask;->order:Ljava/lang/String;
    const/4 v2, 0x1
    invoke-virtual {v0, v1, v2}, Lcom/alipay/sdk/app/PayTask;->payV2(Ljava/lang/String;Z)Ljava/util/Map;
    return-void
.end method
