.class public Lcom/mobile/app/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
.method protected onResume()V
    .registers 2
    invoke-super {p0}, Landroid/app/Activity;->onResume()V
    const-string v0, "home"
    invoke-static {p0, v0}, Lcom/example/umengdemo/StatsHelper;->page(Landroid/content/Context;Ljava/lang/String;)V
    return-void
.end method
.method public planRoute(DD)V
    .registers 6
    new-instance v0, Lcom/amapx/fake/RouteClient;
    invoke-direct {v0, p0}, Lcom/amapx/fake/RouteClient;-><init>(Landroid/content/Context;)V
    invoke-virtual {v0, p1, p2, p3, p4}, Lcom/amapx/fake/RouteClient;->plan(DD)Ljava/lang/String;
    return-void
.end method
