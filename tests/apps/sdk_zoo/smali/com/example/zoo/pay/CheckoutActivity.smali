.class public Lcom/example/zoo/pay/CheckoutActivity;
.super Landroid/app/Activity;
.source "CheckoutActivity.java"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
.method public payWithAlipay(Ljava/lang/String;)V
    .registers 4
    new-instance v0, Lcom/example/zoo/pay/CheckoutActivity$AlipayTask;
    invoke-direct {v0, p0, p1}, Lcom/example/zoo/pay/CheckoutActivity$AlipayTask;-><init>(Landroid/app/Activity;Ljava/lang/String;)V
    new-instance v1, Ljava/lang/Thread;
    invoke-direct {v1, v0}, Ljava/lang/Thread;-><init>(Ljava/lang/Runnable;)V
    invoke-virtual {v1}, Ljava/lang/Thread;->start()V
    return-void
.end method
