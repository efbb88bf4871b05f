.class public Lcom/umeng/commonsdk/UMConfigure;
.super Ljava/lang/Object;
.method public static preInit(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V
    .registers 3
    return-void
.end method
.method public static init(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;ILjava/lang/String;)V
    .registers 5
    return-void
.end method
.method public static submitPolicyGrantResult(Landroid/content/Context;Z)V
    .registers 2
    return-void
.end method
