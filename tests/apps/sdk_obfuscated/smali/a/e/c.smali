.class public final La/e/c;
.super Ljava/lang/Object;
.method public static a(Landroid/content/Context;)Ljava/util/List;
    .registers 2
    const-string v0, "wifi"
    invoke-virtual {p0, v0}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/net/wifi/WifiManager;
    invoke-virtual {v0}, Landroid/net/wifi/WifiManager;->getScanResults()Ljava/util/List;
    move-result-object v0
    return-object v0
.end method
