.class public Lcom/example/zoo/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
.method protected onResume()V
    .registers 1
    invoke-super {p0}, Landroid/app/Activity;->onResume()V
    invoke-static {p0}, Lcom/umeng/analytics/MobclickAgent;->onResume(Landroid/content/Context;)V
    return-void
.end method
.method protected onPause()V
    .registers 1
    invoke-super {p0}, Landroid/app/Activity;->onPause()V
    invoke-static {p0}, Lcom/umeng/analytics/MobclickAgent;->onPause(Landroid/content/Context;)V
    return-void
.end method
.method public locateCity()V
    .registers 3
    new-instance v0, Lcom/amap/api/location/AMapLocationClient;
    invoke-virtual {p0}, Lcom/example/zoo/MainActivity;->getApplicationContext()Landroid/content/Context;
    move-result-object v1
    invoke-direct {v0, v1}, Lcom/amap/api/location/AMapLocationClient;-><init>(Landroid/content/Context;)V
    invoke-virtual {v0}, Lcom/amap/api/location/AMapLocationClient;->startLocation()V
    new-instance v0, Lcom/baidu/location/LocationClient;
    invoke-direct {v0, v1}, Lcom/baidu/location/LocationClient;-><init>(Landroid/content/Context;)V
    invoke-virtual {v0}, Lcom/baidu/location/LocationClient;->start()V
    return-void
.end method
