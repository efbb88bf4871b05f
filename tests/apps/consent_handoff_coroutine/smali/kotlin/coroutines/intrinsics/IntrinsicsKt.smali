.class public final Lkotlin/coroutines/intrinsics/IntrinsicsKt;
.super Ljava/lang/Object;
.source "Intrinsics.kt"


# static fields
.field private static final SUSPENDED:Ljava/lang/Object;


# direct methods
.method static constructor <clinit>()V
    .registers 1

    new-instance v0, Ljava/lang/Object;

    invoke-direct {v0}, Ljava/lang/Object;-><init>()V

    sput-object v0, Lkotlin/coroutines/intrinsics/IntrinsicsKt;->SUSPENDED:Ljava/lang/Object;

    return-void
.end method

.method public static final getCOROUTINE_SUSPENDED()Ljava/lang/Object;
    .registers 1

    sget-object v0, Lkotlin/coroutines/intrinsics/IntrinsicsKt;->SUSPENDED:Ljava/lang/Object;

    return-object v0
.end method
