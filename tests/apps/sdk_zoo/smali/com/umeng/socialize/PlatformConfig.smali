.class public Lcom/umeng/socialize/PlatformConfig;
.super Ljava/lang/Object;
.method public static setWeixin(Ljava/lang/String;Ljava/lang/String;)V
    .registers 2
    return-void
.end method
.method public static setQQZone(Ljava/lang/String;Ljava/lang/String;)V
    .registers 2
    return-void
.end method
.method public static setSinaWeibo(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)V
    .registers 3
    return-void
.end method
