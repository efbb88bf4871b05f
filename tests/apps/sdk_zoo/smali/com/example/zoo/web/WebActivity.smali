.class public Lcom/example/zoo/web/WebActivity;
.super Landroid/app/Activity;
.source "WebActivity.java"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    new-instance v0, Lcom/tencent/smtt/sdk/WebView;
    invoke-direct {v0, p0}, Lcom/tencent/smtt/sdk/WebView;-><init>(Landroid/content/Context;)V
    invoke-virtual {p0, v0}, Lcom/example/zoo/web/WebActivity;->setContentView(Landroid/view/View;)V
    const-string v1, "https://m.zoo.example.com/events"
    invoke-virtual {v0, v1}, Lcom/tencent/smtt/sdk/WebView;->loadUrl(Ljava/lang/String;)V
    return-void
.end method
