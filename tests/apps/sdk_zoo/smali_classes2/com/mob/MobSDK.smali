.class public Lcom/mob/MobSDK;
.super Ljava/lang/Object;
.method public static init(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V
    .registers 3
    return-void
.end method
.method public static submitPolicyGrantResult(Z)V
    .registers 1
    return-void
.end method
