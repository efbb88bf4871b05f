.class public Lcom/amap/api/maps/MapsInitializer;
.super Ljava/lang/Object;
.method public static updatePrivacyShow(Landroid/content/Context;ZZ)V
    .registers 3
    return-void
.end method
.method public static updatePrivacyAgree(Landroid/content/Context;Z)V
    .registers 2
    return-void
.end method
